// 接水果：篮子左右移动接住下落的水果，右上角面板显示分数和剩余时间条
class FruitScene extends Phaser.Scene {
  constructor() { super('fruit'); }

  create() {
    this.makeTextures();
    this.score = 0;
    this.timeLeft = 30;
    this.buildPanel();
    this.add.image(400, 300, 'sky');
    this.basket = this.physics.add.image(400, 550, 'basket').setCollideWorldBounds(true);
    this.fruits = this.physics.add.group();
    this.physics.add.overlap(this.basket, this.fruits, (basket, fruit) => {
      fruit.destroy();
      this.score += 1;
      this.scoreText.setText('分数 ' + this.score);
    });
    this.time.addEvent({ delay: 700, loop: true, callback: () => {
      const f = this.fruits.create(Phaser.Math.Between(30, 770), -20, 'fruit');
      f.setVelocityY(Phaser.Math.Between(120, 220));
    } });
    this.time.addEvent({ delay: 1000, repeat: 29, callback: () => {
      this.timeLeft -= 1;
      this.drawTimeBar();
    } });
    this.cursors = this.input.keyboard.createCursorKeys();
  }

  makeTextures() {
    const g = this.make.graphics({ add: false });
    g.fillStyle(0x81d4fa).fillRect(0, 0, 800, 600).fillStyle(0x66bb6a).fillRect(0, 560, 800, 40).generateTexture('sky', 800, 600);
    g.clear().fillStyle(0x8d6e63).fillRoundedRect(0, 0, 110, 36, 10).generateTexture('basket', 110, 36);
    g.clear().fillStyle(0xff7043).fillCircle(14, 14, 14).generateTexture('fruit', 28, 28);
    g.destroy();
  }

  buildPanel() {
    const bg = this.add.graphics();
    bg.fillStyle(0x263238, 0.85).fillRoundedRect(-90, -40, 180, 80, 12);
    this.scoreText = this.add.text(0, -14, '分数 0', { fontSize: '20px', color: '#ffffff' }).setOrigin(0.5);
    this.timeBar = this.add.graphics();
    this.panel = this.add.container(690, 60, [bg, this.scoreText, this.timeBar]);
    this.drawTimeBar();
  }

  drawTimeBar() {
    this.timeBar.clear();
    this.timeBar.fillStyle(0xffeb3b).fillRect(-70, 10, 140 * this.timeLeft / 30, 14);
  }

  update() {
    this.basket.setVelocityX(this.cursors.left.isDown ? -360 : this.cursors.right.isDown ? 360 : 0);
  }
}

new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, physics: { default: 'arcade' }, scene: FruitScene });
