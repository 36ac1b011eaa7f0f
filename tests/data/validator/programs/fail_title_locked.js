// Title menu with six entries (New Game, Continue, Load Game, Options, Extras, Quit) where Continue, Load Game and Extras are greyed out because there is no save and nothing is unlocked; Up/Down move the cursor with wrap-around and must always skip greyed entries, Enter on New Game starts the game scene, on Options opens the options scene, on Quit shows "Thanks for playing", and Esc in the game or options scene returns to the title.
const ENTRIES = [
  { label: 'New Game', locked: false, action: 'game' },
  { label: 'Continue', locked: true },
  { label: 'Load Game', locked: true },
  { label: 'Options', locked: false, action: 'options' },
  { label: 'Extras', locked: true },
  { label: 'Quit', locked: false, action: 'quit' }
];

class TitleScene extends Phaser.Scene {
  constructor() {
    super('Title');
  }

  create() {
    this.add.text(400, 100, 'STARFALL KEEP', { fontFamily: 'Georgia', fontSize: '52px', color: '#f6bd60' }).setOrigin(0.5);
    this.items = ENTRIES.map((entry, i) => this.add.text(400, 210 + i * 50, entry.label, {
      fontFamily: 'Georgia', fontSize: '30px', color: entry.locked ? '#5c5c6e' : '#f7ede2'
    }).setOrigin(0.5));
    this.arrow = this.add.triangle(0, 0, 0, 0, 0, 24, 18, 12, 0xf6bd60).setOrigin(0.5);
    this.footer = this.add.text(400, 540, 'Up/Down to choose, Enter to select', { fontSize: '18px', color: '#84a59d' }).setOrigin(0.5);
    this.tweens.add({ targets: this.arrow, scaleX: 0.7, duration: 400, yoyo: true, repeat: -1 });

    this.index = 0;
    this.input.keyboard.on('keydown-UP', () => this.move(-1));
    this.input.keyboard.on('keydown-DOWN', () => this.move(1));
    this.input.keyboard.on('keydown-ENTER', () => this.choose());
    this.placeArrow();
  }

  move(dir) {
    let next = Phaser.Math.Wrap(this.index + dir, 0, ENTRIES.length);
    if (ENTRIES[next].locked) {
      next = Phaser.Math.Wrap(next + dir, 0, ENTRIES.length);
    }
    this.index = next;
    this.placeArrow();
  }

  placeArrow() {
    const item = this.items[this.index];
    this.arrow.setPosition(item.x - item.width / 2 - 30, item.y);
    this.items.forEach((t, i) => t.setScale(i === this.index ? 1.1 : 1));
  }

  choose() {
    const entry = ENTRIES[this.index];
    if (entry.action === 'game') {
      this.scene.start('Game');
    } else if (entry.action === 'options') {
      this.scene.start('OptionsMenu');
    } else if (entry.action === 'quit') {
      this.footer.setText('Thanks for playing').setColor('#f6bd60');
    }
  }
}

class GameScene extends Phaser.Scene {
  constructor() {
    super('Game');
  }

  create() {
    this.add.text(400, 40, 'Arrows move the knight - Esc returns to the title', { fontSize: '18px', color: '#ffffff' }).setOrigin(0.5);
    this.knight = this.add.rectangle(400, 300, 32, 32, 0x84a59d);
    this.cursors = this.input.keyboard.createCursorKeys();
    this.input.keyboard.once('keydown-ESC', () => this.scene.start('Title'));
  }

  update(time, delta) {
    const speed = 0.25 * delta;
    if (this.cursors.left.isDown) this.knight.x -= speed;
    if (this.cursors.right.isDown) this.knight.x += speed;
    if (this.cursors.up.isDown) this.knight.y -= speed;
    if (this.cursors.down.isDown) this.knight.y += speed;
    this.knight.x = Phaser.Math.Clamp(this.knight.x, 16, 784);
    this.knight.y = Phaser.Math.Clamp(this.knight.y, 16, 584);
  }
}

class OptionsMenu extends Phaser.Scene {
  constructor() {
    super('OptionsMenu');
  }

  create() {
    this.add.text(400, 200, 'OPTIONS', { fontFamily: 'Georgia', fontSize: '44px', color: '#f6bd60' }).setOrigin(0.5);
    this.add.text(400, 300, 'Nothing to change yet.\nPress Esc to go back.', { fontSize: '22px', color: '#f7ede2', align: 'center' }).setOrigin(0.5);
    this.input.keyboard.once('keydown-ESC', () => this.scene.start('Title'));
  }
}

const config = {
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  backgroundColor: '#22223b',
  scene: [TitleScene, GameScene, OptionsMenu]
};

new Phaser.Game(config);
