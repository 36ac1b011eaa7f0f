// Task: a main menu whose buttons can be navigated with the Up/Down arrow keys (wrapping around at both ends) and activated with Enter or Space, as well as with the mouse.
class MenuButton extends Phaser.GameObjects.Container {
  constructor(scene, x, y, label, onSelect) {
    super(scene, x, y);
    this.label = label;
    this.onSelect = onSelect;
    this.bg = scene.add.rectangle(0, 0, 260, 56, 0x2c3550).setStrokeStyle(2, 0x4a5578);
    this.text = scene.add.text(0, 0, label, { fontSize: '26px', color: '#c9d1ea' }).setOrigin(0.5);
    this.add([this.bg, this.text]);
    this.setSize(260, 56);
    this.setInteractive({ useHandCursor: true });
    scene.add.existing(this);
  }

  setFocused(focused) {
    this.bg.setFillStyle(focused ? 0x4f6bd8 : 0x2c3550);
    this.bg.setStrokeStyle(2, focused ? 0xffffff : 0x4a5578);
    this.text.setColor(focused ? '#ffffff' : '#c9d1ea');
    this.setScale(focused ? 1.06 : 1);
  }
}

class MenuScene extends Phaser.Scene {
  constructor() {
    super('Menu');
  }

  create() {
    this.add.text(400, 90, 'DUNGEON DASH', { fontSize: '48px', color: '#ffcf5c' }).setOrigin(0.5);
    this.status = this.add.text(400, 540, 'Use the arrow keys or the mouse', { fontSize: '20px', color: '#8892b0' }).setOrigin(0.5);
    this.lastAction = null;
    this.focusIndex = -1;

    this.buttons = ['Play', 'Options', 'Credits', 'Quit'].map((label, i) =>
      new MenuButton(this, 400, 200 + i * 80, label, () => this.select(label)));

    this.buttons.forEach((button, i) => {
      button.on('pointerover', () => this.setFocus(i));
      button.on('pointerup', () => this.activate());
    });

    const kb = this.input.keyboard;
    kb.on('keydown-UP', () => this.moveFocus(-1));
    kb.on('keydown-DOWN', () => this.moveFocus(1));
    kb.on('keydown-ENTER', () => this.activate());
    kb.on('keydown-SPACE', () => this.activate());
  }

  moveFocus(dir) {
    const count = this.buttons.length;
    if (this.focusIndex < 0) {
      this.setFocus(dir > 0 ? 0 : count - 1);
      return;
    }
    this.setFocus((this.focusIndex + dir + count) % count);
  }

  setFocus(index) {
    this.focusIndex = index;
    this.buttons.forEach((button, i) => button.setFocused(i === index));
  }

  activate() {
    if (this.focusIndex < 0) return;
    const button = this.buttons[this.focusIndex];
    this.tweens.add({ targets: button, scale: 0.95, duration: 60, yoyo: true });
    button.onSelect();
  }

  select(label) {
    this.lastAction = label;
    this.status.setText(`Selected: ${label}`);
  }
}

new Phaser.Game({
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  backgroundColor: '#151a2d',
  scene: MenuScene
});
