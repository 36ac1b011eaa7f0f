// Task: An animated title card: the letters of "STARLIGHT" drop in one by one with a staggered bounce, then a tween chain pulses the word, spins a star badge a full turn and slides in a Play button; clicking Play once it has arrived shows "Let's go!", and R replays the whole intro from the start.
const WORD = 'STARLIGHT';

class IntroScene extends Phaser.Scene {
  constructor() { super('intro'); }

  create() {
    this.word = this.add.container(400, 200);
    this.letters = [...WORD].map((ch, i) => {
      const letter = this.add.text((i - (WORD.length - 1) / 2) * 56, 0, ch, {
        fontSize: '64px', fontStyle: 'bold', color: '#ffe082', stroke: '#5d4037', strokeThickness: 6
      }).setOrigin(0.5);
      this.word.add(letter);
      return letter;
    });

    this.badge = this.add.star(400, 330, 5, 22, 50, 0xffca28).setStrokeStyle(4, 0xff8f00);
    this.playBtn = this.add.text(0, 440, 'Play', { fontSize: '34px', color: '#ffffff', backgroundColor: '#7e57c2', padding: { x: 24, y: 10 } })
      .setOrigin(0.5).setInteractive({ useHandCursor: true });
    this.message = this.add.text(400, 530, '', { fontSize: '28px', color: '#80deea' }).setOrigin(0.5);
    this.stepText = this.add.text(12, 12, '', { fontSize: '16px', color: '#9e9e9e' });

    this.playBtn.on('pointerdown', () => {
      if (this.step === 'ready') this.message.setText("Let's go!");
    });
    this.input.keyboard.on('keydown-R', () => this.playIntro());
    this.playIntro();
  }

  setStep(name) {
    this.step = name;
    this.stepText.setText('Intro step: ' + name);
  }

  playIntro() {
    this.tweens.killAll();
    this.message.setText('');
    this.word.setScale(1);
    this.letters.forEach(l => l.setY(-300).setAlpha(0));
    this.badge.setAngle(0).setScale(0);
    this.playBtn.setX(-120);
    this.setStep('letters');

    this.tweens.add({
      targets: this.letters,
      y: 0,
      alpha: 1,
      duration: 600,
      ease: 'Bounce.easeOut',
      delay: this.tweens.stagger(110),
      onComplete: () => this.playChain()
    });
  }

  playChain() {
    this.tweens.chain({
      tweens: [
        { targets: this.word, scale: 1.15, duration: 180, yoyo: true, ease: 'Sine.easeInOut', onStart: () => this.setStep('pulse') },
        { targets: this.badge, scale: 1, angle: 360, duration: 700, ease: 'Cubic.easeOut', onStart: () => this.setStep('spin') },
        { targets: this.playBtn, x: 400, duration: 500, ease: 'Back.easeOut', onStart: () => this.setStep('button') }
      ],
      onComplete: () => this.setStep('ready')
    });
  }
}

new Phaser.Game({
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  backgroundColor: '#1a1036',
  scene: IntroScene
});
