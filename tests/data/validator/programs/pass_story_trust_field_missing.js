// A short branching story of three choices where kind choices earn trust: finishing with at least 2 trust reaches the good ending, anything less the bad ending, and either ending leads to a scrolling credits screen.
const CHAPTERS = [
  {
    text: 'On the dusty road, a hooded stranger asks you for water.',
    choices: [{ label: 'Share your water', trust: 1 }, { label: 'Keep walking', trust: -1 }]
  },
  {
    text: 'She walks beside you. "Where are you headed?" she asks.',
    choices: [{ label: 'Tell her the truth', trust: 1 }, { label: 'Say nothing' }]
  },
  {
    text: 'At the broken bridge she offers to show you a hidden ford.',
    choices: [{ label: 'Follow her', trust: 1 }, { label: 'Try to climb across', trust: -1 }]
  }
];

class StoryScene extends Phaser.Scene {
  constructor() { super('Story'); }

  create() {
    this.chapter = 0;
    this.trust = 0;
    this.add.rectangle(400, 150, 800, 300, 0x7a5c3a);
    this.add.rectangle(400, 300, 800, 40, 0x5c4327);
    this.storyText = this.add.text(400, 380, '', { fontSize: '22px', color: '#fff', align: 'center', wordWrap: { width: 680 } }).setOrigin(0.5);
    this.buttons = [0, 1].map(i => {
      const b = this.add.text(400, 470 + i * 60, '', { fontSize: '22px', color: '#ffe29a', backgroundColor: '#3b2a1a', padding: { x: 14, y: 6 } })
        .setOrigin(0.5).setInteractive({ useHandCursor: true });
      b.on('pointerdown', () => this.choose(i));
      return b;
    });
    this.showChapter();
  }

  showChapter() {
    const ch = CHAPTERS[this.chapter];
    this.storyText.setText(ch.text);
    this.buttons.forEach((b, i) => b.setText(ch.choices[i].label));
  }

  choose(i) {
    const choice = CHAPTERS[this.chapter].choices[i];
    this.trust += choice.trust || 0;
    this.chapter++;
    if (this.chapter < CHAPTERS.length) {
      this.showChapter();
    } else {
      this.scene.start('Ending', { good: this.trust >= 2 });
    }
  }
}

class EndingScene extends Phaser.Scene {
  constructor() { super('Ending'); }

  create(data) {
    this.good = data.good;
    const title = data.good ? 'The Secret Ford' : 'Alone at the River';
    const body = data.good
      ? 'The stranger leads you safely across. She lowers her hood: the lost princess, grateful for a kind heart.'
      : 'You stand alone at the broken bridge as night falls. The road ahead stays closed to you.';
    this.add.text(400, 200, title, { fontSize: '40px', color: data.good ? '#ffd966' : '#9aa4b5' }).setOrigin(0.5);
    this.add.text(400, 300, body, { fontSize: '20px', color: '#ffffff', align: 'center', wordWrap: { width: 640 } }).setOrigin(0.5);
    this.add.text(400, 480, 'Click to continue', { fontSize: '18px', color: '#aaaaaa' }).setOrigin(0.5);
    this.input.once('pointerdown', () => this.scene.start('Credits'));
  }
}

class CreditsScene extends Phaser.Scene {
  constructor() { super('Credits'); }

  create() {
    this.done = false;
    const lines = ['THE RIVER ROAD', '', 'Story & Script', 'A. Writer', '', 'Art', 'B. Painter', '', 'Thanks for playing!'];
    this.roll = this.add.text(400, 620, lines.join('\n'), { fontSize: '26px', color: '#ffffff', align: 'center' }).setOrigin(0.5, 0);
    this.tweens.add({
      targets: this.roll,
      y: -this.roll.height,
      duration: 6000,
      onComplete: () => {
        this.done = true;
        this.add.text(400, 300, 'THE END', { fontSize: '48px', color: '#ffd966' }).setOrigin(0.5);
      }
    });
  }
}

new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, backgroundColor: '#1a1410', scene: [StoryScene, EndingScene, CreditsScene] });
