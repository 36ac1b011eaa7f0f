// 跳跃小游戏：空格跳起，按下时脚下冒出一圈烟尘
class Hop extends Phaser.Scene {
  constructor() { super('hop'); }
  create() {
    const g = this.add.graphics();
    g.fillStyle(0x66ccff, 1).fillRect(0, 0, 32, 32).generateTexture('hero', 32, 32).clear();
    g.fillStyle(0x557733, 1).fillRect(0, 0, 400, 24).generateTexture('ground', 400, 24).destroy();
    this.ground = this.physics.add.staticImage(200, 290, 'ground');
    this.hero = this.physics.add.sprite(200, 240, 'hero');
    this.physics.add.collider(this.hero, this.ground);
    this.space = this.input.keyboard.addKey(Phaser.Input.Keyboard.KeyCodes.SPACE);
    this.jumps = 0;
    this.info = this.add.text(10, 10, 'jumps: 0', { fontSize: '16px', color: '#fff' });
  }
  dust() {
    const ring = this.add.circle(this.hero.x, this.hero.y + 16, 6, 0xffffff, 0.6);
    this.tweens.add({ targets: ring, scale: 3, alpha: 0, duration: 300, onComplete: () => ring.destroy() });
  }
  tryJump(pressed) {
    if (pressed && this.hero.body.blocked.down) {
      this.hero.setVelocityY(-380);
      this.jumps += 1;
      this.info.setText('jumps: ' + this.jumps);
    }
  }
  update() {
    const pressed = Phaser.Input.Keyboard.JustDown(this.space);
    if (pressed) this.dust();
    this.tryJump(pressed);
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 400, height: 300, backgroundColor: '#223',
  physics: { default: 'arcade', arcade: { gravity: { y: 900 } } }, scene: Hop });
